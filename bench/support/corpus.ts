import { afterSchoolCare, disabledEldersCare, ruralElderlyCare } from '../../libs/text/src/sample-items.fixture';

/**
 * Realistic item text for the benchmark: 社情民意 items on a dozen subjects, written the way
 * informants write them (基本情况 / 存在问题 / 意见建议), with places, years and figures varied so
 * that no two generated items are the same. The three fixture items of the text tests are
 * mined for sentences too.
 */

export interface Topic {
  key: string;
  titles: string[];
  facts: string[];
  problems: string[];
  advice: string[];
  /** Words an editor would search for on this subject. */
  queries: string[];
  /** The subject's vocabulary, for the sentences written around it. */
  terms: string[];
}

/** The counties and districts of 晋中. */
export const PLACES = ['榆次区', '太谷区', '祁县', '平遥县', '介休市', '灵石县', '寿阳县', '昔阳县', '和顺县', '左权县', '榆社县'];

const TOPICS: Topic[] = [
  {
    key: 'elderly',
    terms: ['农村养老', '居家养老', '互助养老', '日间照料中心', '敬老院', '失能老人', '空巢老人', '养老护理员', '医养结合', '助餐服务', '适老化改造', '养老机构', '长期护理保险', '老年食堂'],
    titles: ['关于加强{p}农村养老服务体系建设的建议', '关于破解农村失能老人照护难题的建议', '关于发展农村互助养老的建议'],
    facts: [
      '截至{y}年底，{p}农村60岁以上老年人口达{m}万人，占农村常住人口的{r}%，高于城镇约{n}个百分点。',
      '全县现有农村敬老院{n}所、农村互助幸福院{k}个、村级日间照料中心{k}个，初步形成了居家为基础、社区为依托、机构为补充的养老服务格局。',
      '随着青壮年劳动力大量外出务工，农村留守、独居、空巢老人比例不断上升，部分村庄老年人口占比超过四成。',
      '农村老年人收入来源以基础养老金和子女供养为主，人均月养老金不足{k}元，自我养老能力较弱。',
    ],
    problems: [
      '部分互助幸福院建成后缺乏运营经费和专职人员，长期处于“挂牌不开门”状态，助餐、助浴、助医等服务难以开展。',
      '农村养老服务人员多为本村中老年妇女，平均年龄超过{n}岁，普遍未经过系统培训，护理技能不足，队伍不稳定。',
      '乡镇卫生院、村卫生室与养老机构之间缺乏有效衔接，慢性病管理、康复护理、上门巡诊等服务覆盖面小。',
      '长期护理保险尚未推开，失能老人入住护理型机构每月需支付{k}元以上，远超多数农村家庭承受能力。',
      '护理型床位占比不到三成，乡镇敬老院大多只能接收生活自理的特困老人。',
    ],
    advice: [
      '对现有互助幸福院和日间照料中心全面摸底，按照“一院一策”推进改造提升，建立以服务实效为导向的运营补贴机制。',
      '将农村养老护理员纳入职业技能培训补贴范围，落实持证上岗和岗位补贴制度，探索“时间银行”等互助养老模式。',
      '推动乡镇卫生院与敬老院、幸福院签约合作，为农村老年人建立健康档案，定期开展上门巡诊和家庭医生签约服务。',
      '加快推行长期护理保险制度，将农村失能老人纳入保障范围，减轻家庭经济压力。',
      '推动乡镇敬老院转型为区域养老服务中心，增设护理型床位，向周边村庄失能老人开放。',
    ],
    queries: ['养老', '养老服务', '失能老人', '互助幸福院', '长期护理保险', '敬老院'],
  },
  {
    key: 'education',
    terms: ['课后服务', '义务教育', '农村学校', '教师队伍', '教师负担', '课后托管', '特色课程', '学位供给', '寄宿制学校', '乡村教师', '家校共育', '心理健康教育', '双减'],
    titles: ['关于进一步规范中小学课后服务的建议', '关于减轻中小学教师非教学负担的建议', '关于推进城乡义务教育优质均衡发展的建议'],
    facts: [
      '“双减”政策实施以来，{p}义务教育阶段学校课后服务覆盖率达到{r}%，参与学生约{m}万人。',
      '全县共有中小学{k}所，其中农村学校{k}所，专任教师{k}人，农村学校教师平均年龄{n}岁。',
      '各校结合实际开设了作业辅导、体育锻炼、艺术社团、科技活动等项目，基本实现了“5+2”全覆盖。',
      '{y}年全市义务教育阶段随迁子女在公办学校就读比例达{r}%。',
    ],
    problems: [
      '不少学校课后服务以看管学生写作业为主，特色课程数量少、质量不高，学生参与积极性逐渐下降。',
      '课后服务主要由本校教师承担，许多教师每天在校时间超过{n}小时，备课和教研时间被大量挤占。',
      '课后服务收费标准偏低，教师课后服务补助每课时仅{n}元，引进校外专业人员的资金难以落实。',
      '各类检查评比、填表报数、进校园活动过多，教师疲于应付，非教学负担明显加重。',
      '农村学校音乐、美术、体育、信息技术教师缺口较大，部分学校存在一人兼教多科的情况。',
    ],
    advice: [
      '统筹少年宫、科技馆、体育场馆、图书馆等校外资源，建立课后服务资源库，推动城区学校与农村学校共享特色课程。',
      '实行教师弹性上下班制度，合理安排课后服务轮岗，将教师参与课后服务情况纳入绩效考核和职称评聘。',
      '建立进校园事项清单管理制度，未经教育行政部门审核的活动一律不得进入校园，切实为教师减负。',
      '按照“财政补助、服务性收费、社会捐赠”相结合的原则，科学核定收费标准，确保补助资金及时足额发放。',
      '实施县域内教师“县管校聘”改革，推动骨干教师向农村学校流动，补齐农村学校紧缺学科教师。',
    ],
    queries: ['课后服务', '教师负担', '义务教育', '双减', '农村学校'],
  },
  {
    key: 'parking',
    terms: ['停车难', '停车泊位', '立体停车库', '智慧停车', '错时共享', '交通拥堵', '交通微循环', '共享电动自行车', '路内停车', '停车收费', '公共停车场', '充电桩'],
    titles: ['关于缓解{p}城区停车难问题的建议', '关于规范共享电动自行车管理的建议', '关于优化老城区交通微循环的建议'],
    facts: [
      '截至{y}年底，城区机动车保有量达{m}万辆，年均增长{r}%，而公共停车泊位仅{k}个，缺口较大。',
      '城区现有公共停车场{n}处，道路临时泊位{k}个，高峰时段老城区、医院、学校周边车位使用率超过{r}%。',
      '共享电动自行车投放量已达{k}辆，方便了群众短途出行，也带来了乱停乱放等新问题。',
    ],
    problems: [
      '老旧小区配建停车位严重不足，车辆占用消防通道、人行道停放现象普遍，邻里矛盾时有发生。',
      '停车收费标准多年未调整，路内路外价格倒挂，路外停车场利用率不高。',
      '机关企事业单位内部停车场错时共享机制尚未建立，夜间大量车位闲置。',
      '智慧停车平台建设滞后，停车信息不能实时发布，车辆绕行找位加剧了道路拥堵。',
      '部分路段交通标志标线设置不合理，支路网密度低，微循环不畅。',
    ],
    advice: [
      '编制城区停车设施专项规划，利用边角地、闲置地建设立体停车库，鼓励社会资本投资建设和运营。',
      '推行差异化停车收费，核心区高于外围区、路内高于路外，以价格杠杆调节停车需求。',
      '推动机关企事业单位停车场在夜间和节假日向周边居民错时开放，给予适当补贴。',
      '加快建设全市统一的智慧停车平台，实现泊位查询、预约、导航和无感支付。',
      '打通断头路、畅通微循环，优化交通信号配时，在学校医院周边设置临时停靠区。',
    ],
    queries: ['停车难', '停车', '智慧停车', '交通拥堵', '共享电动自行车'],
  },
  {
    key: 'health',
    terms: ['基层医疗', '乡镇卫生院', '村卫生室', '乡村医生', '家庭医生', '医共体', '医保报销', '异地就医', '慢性病管理', '远程医疗', '药品配备', '分级诊疗'],
    titles: ['关于提升基层医疗卫生服务能力的建议', '关于完善城乡居民医保报销政策的建议', '关于加强乡村医生队伍建设的建议'],
    facts: [
      '全县共有乡镇卫生院{n}所、村卫生室{k}个，乡村医生{k}人，其中60岁以上的占{r}%。',
      '{y}年城乡居民医保参保人数{m}万人，参保率稳定在{r}%以上，个人缴费标准逐年提高。',
      '县域医共体建设全面推开，县级医院牵头、乡镇卫生院为枢纽、村卫生室为网底的服务体系初步形成。',
    ],
    problems: [
      '乡村医生老龄化严重，后继乏人，部分村卫生室处于无人执业状态，群众看小病也要跑到乡镇。',
      '基层医疗机构设备陈旧，检验检查能力弱，群众对基层首诊信任度不高，大医院人满为患。',
      '异地就医备案手续繁琐，部分药品在基层配备不全，慢性病患者需频繁往返县城取药。',
      '居民医保个人缴费逐年上涨，部分低收入群众参保意愿下降，存在断缴现象。',
      '家庭医生签约服务重签约轻履约，随访、健康管理等服务落实不到位。',
    ],
    advice: [
      '实施乡村医生定向培养计划，落实乡村医生养老保障和岗位补助，稳定基层医疗队伍。',
      '推动县级医院专家定期下沉乡镇坐诊，建设远程影像、远程心电诊断中心，实现基层检查、上级诊断。',
      '统一县乡村三级用药目录，保障慢性病常用药品在村卫生室配备，推行长处方服务。',
      '建立居民医保缴费与收入挂钩的分档缴费机制，对困难群体参保给予分类资助。',
      '完善家庭医生签约服务考核办法，将履约质量与绩效分配挂钩。',
    ],
    queries: ['医保', '乡村医生', '基层医疗', '家庭医生', '医共体', '卫生院'],
  },
  {
    key: 'environment',
    terms: ['人居环境', '垃圾分类', '垃圾清运', '农村改厕', '生活污水', '黑臭水体', '河长制', '汾河', '生态修复', '秸秆焚烧', '扬尘治理', '畜禽粪污'],
    titles: ['关于深入推进农村人居环境整治的建议', '关于推进生活垃圾分类工作的建议', '关于加强汾河流域生态保护的建议'],
    facts: [
      '{p}已建成农村生活垃圾收运处置体系，{r}%的行政村生活垃圾得到有效治理。',
      '全县农村卫生厕所普及率达到{r}%，{y}年新改造户厕{k}座。',
      '城区生活垃圾分类试点小区{k}个，日均分出厨余垃圾{n}吨。',
    ],
    problems: [
      '部分村庄垃圾清运不及时，村边、路边、河边垃圾乱堆乱放现象仍有反弹。',
      '农村改厕后续管护跟不上，粪污清掏服务缺位，一些改造后的厕所闲置不用。',
      '居民垃圾分类意识不强，分类投放准确率不高，“先分后混”现象削弱了群众参与的积极性。',
      '农村生活污水治理率偏低，污水直排沟渠、河道的情况时有发生，影响水环境质量。',
      '河道两岸违规种植、采砂、倾倒建筑垃圾等问题整治不彻底，生态修复资金投入不足。',
    ],
    advice: [
      '建立“户分类、村收集、镇转运、县处理”的长效机制，将村庄保洁经费纳入财政预算。',
      '建立改厕后续管护制度，组建专业清掏队伍，推动粪污资源化利用。',
      '完善分类投放、分类收集、分类运输、分类处理全链条，杜绝“先分后混”。',
      '因地制宜选择农村生活污水治理模式，优先治理水源保护区和人口集中村庄。',
      '落实河湖长制，开展流域综合治理和生态修复，建立上下游横向生态补偿机制。',
    ],
    queries: ['垃圾分类', '人居环境', '农村改厕', '生活污水', '汾河', '生态保护'],
  },
  {
    key: 'food',
    terms: ['食品安全', '校园餐', '学校食堂', '集体聚餐', '网络订餐', '明厨亮灶', '快检设备', '食材配送', '食品小作坊', '农药残留', '冷链食品'],
    titles: ['关于加强校园食品安全管理的建议', '关于规范农村集体聚餐食品安全的建议', '关于整治网络订餐食品安全问题的建议'],
    facts: [
      '全市共有中小学和幼儿园食堂{k}家，校外供餐单位{n}家，每日就餐学生约{m}万人。',
      '{y}年全县共检查食品生产经营单位{k}家次，抽检食品{k}批次，合格率{r}%。',
      '网络订餐平台入驻餐饮商户{k}家，其中小微餐饮占比超过{r}%。',
    ],
    problems: [
      '部分学校食堂承包经营，存在采购渠道不规范、进货查验记录不全等问题，家长对“校园餐”质量反映较多。',
      '农村集体聚餐多由流动厨师承办，场所简陋、设施不全，缺乏有效监管。',
      '部分入网餐饮商户无实体门店或超范围经营，后厨卫生状况堪忧，线上线下监管衔接不够。',
      '基层食品安全监管力量薄弱，乡镇监管所人员少、任务重，快检设备配备不足。',
    ],
    advice: [
      '全面推行校长陪餐制度和家长委员会参与监督，建立食材统一配送和阳光采购平台。',
      '对农村流动厨师实行备案管理和健康培训，推广集体聚餐申报和现场指导制度。',
      '推进“互联网+明厨亮灶”，压实网络订餐平台主体责任，严厉查处无证经营行为。',
      '充实基层监管力量，为乡镇监管所配备快检设备，推行网格化监管。',
    ],
    queries: ['食品安全', '校园餐', '网络订餐', '食堂', '明厨亮灶'],
  },
  {
    key: 'employment',
    terms: ['高校毕业生', '就业岗位', '职业技能培训', '灵活就业', '外卖骑手', '创业担保贷款', '人才外流', '公益性岗位', '农民工', '劳动权益', '就业见习'],
    titles: ['关于促进高校毕业生留晋就业创业的建议', '关于加强农民工职业技能培训的建议', '关于规范灵活就业人员权益保障的建议'],
    facts: [
      '{y}年全市高校毕业生{m}万人，留在本市就业的比例仅为{r}%，人才外流问题突出。',
      '全县农村劳动力转移就业{m}万人，其中参加过职业技能培训的不足{r}%。',
      '以外卖骑手、网约车司机为代表的灵活就业人员约{m}万人，且仍在快速增长。',
    ],
    problems: [
      '本地产业结构偏重，高质量就业岗位供给不足，薪酬水平与周边城市相比缺乏竞争力。',
      '职业技能培训与市场需求脱节，培训工种单一、时间短，取得证书后就业转化率不高。',
      '灵活就业人员参加社会保险比例低，职业伤害保障缺失，劳动权益维护渠道不畅。',
      '创业扶持政策分散在多个部门，申报程序复杂，大学生对政策知晓率不高。',
    ],
    advice: [
      '实施青年人才留晋计划，在住房、落户、子女入学等方面给予支持，建设青年人才驿站。',
      '推行“订单式”“定向式”培训，依托龙头企业和职业院校建设实训基地，提高培训的针对性。',
      '扩大职业伤害保障试点范围，引导平台企业为灵活就业人员参保，畅通劳动争议调解渠道。',
      '整合各类创业扶持政策，建立“一站式”创业服务平台，简化担保贷款申报流程。',
    ],
    queries: ['就业', '高校毕业生', '职业技能培训', '灵活就业', '创业'],
  },
  {
    key: 'housing',
    terms: ['老旧小区', '老旧小区改造', '加装电梯', '物业服务', '业主委员会', '维修资金', '保障性住房', '城中村改造', '房屋安全', '冬季供热', '燃气管道'],
    titles: ['关于加快推进城镇老旧小区改造的建议', '关于老旧小区加装电梯的建议', '关于加强物业服务管理的建议'],
    facts: [
      '{p}城区建成于2000年以前的老旧小区共{k}个，涉及居民{m}万户。',
      '{y}年全市开工改造老旧小区{k}个，完成投资{m}亿元。',
      '全市实施物业管理的住宅小区{k}个，仍有约{r}%的小区处于无物业管理状态。',
    ],
    problems: [
      '老旧小区改造多停留在外墙保温、屋面防水等基础类项目，加装电梯、停车、养老托育等完善类项目推进缓慢。',
      '加装电梯需征得业主同意，低层住户反对意见较大，协调难度高，资金分摊机制不明确。',
      '改造后缺乏长效管理机制，部分小区“一年新、两年旧、三年回到解放前”。',
      '物业服务收费低、服务质量差，业主委员会成立难、运转难，物业纠纷投诉居高不下。',
    ],
    advice: [
      '坚持“先民生后提升”，把加装电梯、停车设施、适老化改造列入改造清单，实行居民点单。',
      '出台加装电梯补贴和协调办法，明确费用分摊参考标准，发挥社区和人民调解作用。',
      '改造与后续管理同步谋划，引入专业化物业或推行社区托管，建立维修资金归集使用机制。',
      '将物业服务纳入社区治理，推动党建引领下的业委会组建，建立物业服务质量评价和退出机制。',
    ],
    queries: ['老旧小区', '加装电梯', '物业', '物业服务', '老旧小区改造'],
  },
  {
    key: 'tourism',
    terms: ['平遥古城', '文旅融合', '乡村旅游', '文物保护', '晋商大院', '民宿', '研学旅行', '夜间经济', '旅游厕所', '非遗传承', '传统村落'],
    titles: ['关于推动平遥古城文旅融合高质量发展的建议', '关于加强晋商大院文物保护利用的建议', '关于发展乡村旅游的建议'],
    facts: [
      '{y}年全市接待游客{m}万人次，旅游总收入{m}亿元，平遥古城、王家大院、乔家大院等景区接待量持续回升。',
      '全市拥有全国重点文物保护单位{n}处，晋商文化、古建资源丰富。',
      '全县已建成乡村旅游重点村{n}个，发展农家乐、民宿{k}家。',
    ],
    problems: [
      '旅游产品以观光为主，游客停留时间短，过夜游比例低，“门票经济”特征明显。',
      '古城古村落保护与开发矛盾突出，部分文物建筑年久失修，保护资金缺口较大。',
      '乡村旅游同质化严重，配套设施不完善，旅游厕所、停车场、标识系统建设滞后。',
      '文旅营销方式传统，新媒体宣传力度不够，品牌影响力与资源禀赋不相称。',
    ],
    advice: [
      '深挖晋商文化内涵，发展沉浸式演艺、研学旅行和夜间经济，延长游客停留时间。',
      '设立文物保护专项资金，探索文物建筑认领认养和活化利用模式。',
      '坚持一村一品、差异发展，完善乡村旅游基础设施，培育精品民宿集群。',
      '打造统一的文旅品牌，借助短视频平台和文旅节庆活动开展整体营销。',
    ],
    queries: ['平遥古城', '文旅融合', '乡村旅游', '文物保护', '民宿', '晋商'],
  },
  {
    key: 'agriculture',
    terms: ['农产品', '区域公用品牌', '农村电商', '冷链物流', '高标准农田', '农民合作社', '家庭农场', '太谷饼', '设施农业', '种业振兴', '农业社会化服务'],
    titles: ['关于打造晋中特色农产品区域公用品牌的建议', '关于发展农村电商的建议', '关于加强高标准农田建设管护的建议'],
    facts: [
      '{p}特色农产品种植面积{m}万亩，太谷饼、平遥牛肉、祁县酥梨等地方特产具有较高知名度。',
      '全县农村电商服务站点{k}个，{y}年农产品网络零售额{m}亿元。',
      '全市累计建成高标准农田{m}万亩，粮食综合生产能力稳步提高。',
    ],
    problems: [
      '农产品品牌“小散弱”，同一品类多个品牌各自为战，缺少统一的质量标准和溯源体系。',
      '农村电商物流“最后一公里”成本高，冷链设施缺乏，生鲜农产品损耗率高。',
      '高标准农田重建设轻管护，部分灌溉设施损坏后无人维修，管护责任主体不明确。',
      '新型农业经营主体带动能力不强，农户与市场衔接不紧密，增产不增收。',
    ],
    advice: [
      '整合地方特色品牌，打造区域公用品牌，建立统一的生产标准、质量认证和追溯体系。',
      '完善县乡村三级物流配送体系，建设产地冷藏保鲜设施，降低物流成本。',
      '建立高标准农田建后管护机制，落实管护主体和经费，确保工程长期发挥效益。',
      '培育壮大农民合作社和家庭农场，推广“龙头企业+合作社+农户”的利益联结模式。',
    ],
    queries: ['农产品', '区域公用品牌', '农村电商', '高标准农田', '冷链', '合作社'],
  },
  {
    key: 'business',
    terms: ['营商环境', '融资难', '中小微企业', '民营企业', '拖欠账款', '融资担保', '惠企政策', '涉企检查', '政务服务', '一网通办', '信用贷款'],
    titles: ['关于进一步优化营商环境的建议', '关于缓解中小微企业融资难的建议', '关于清理拖欠民营企业账款的建议'],
    facts: [
      '全市市场主体达{m}万户，其中民营企业占比超过{r}%，贡献了大部分新增就业。',
      '{y}年全市普惠小微贷款余额{m}亿元，同比增长{r}%。',
      '政务服务“一网通办”事项达{k}项，企业开办时间压缩至{n}个工作日以内。',
    ],
    problems: [
      '中小微企业普遍缺乏抵押物，银行贷款门槛高、审批慢，转贷续贷成本较高。',
      '部分政府部门和国有企业拖欠民营企业账款，影响企业资金周转。',
      '涉企检查多头执法、重复检查现象仍然存在，企业疲于应付。',
      '惠企政策碎片化，企业对政策不了解、不会用，兑现周期长。',
    ],
    advice: [
      '扩大政府性融资担保覆盖面，推广信用贷款和应收账款质押融资，降低小微企业融资成本。',
      '建立拖欠账款清理台账和定期通报制度，将清欠情况纳入政府绩效考核。',
      '推行跨部门“综合查一次”联合执法，建立涉企检查计划备案制度。',
      '建设惠企政策统一发布平台，推动政策“免申即享”、资金直达快享。',
    ],
    queries: ['营商环境', '融资难', '中小微企业', '民营企业', '拖欠账款'],
  },
  {
    key: 'childcare',
    terms: ['托育服务', '普惠托育', '婴幼儿照护', '留守儿童', '生育支持', '育儿补贴', '托位', '儿童主任', '家庭教育', '延长产假'],
    titles: ['关于加快发展普惠托育服务的建议', '关于完善生育支持政策体系的建议', '关于加强农村留守儿童关爱保护的建议'],
    facts: [
      '全市3岁以下婴幼儿约{m}万人，每千人口拥有3岁以下婴幼儿托位数仅{m}个。',
      '全县农村留守儿童{k}人，其中由祖辈隔代抚养的占{r}%。',
      '{y}年全市出生人口较上年下降{r}%，家庭养育成本高是影响生育意愿的重要因素。',
    ],
    problems: [
      '普惠性托育机构数量少，民办托育机构收费较高，双职工家庭“入托难、入托贵”。',
      '托育从业人员专业化程度低，行业标准和监管制度不健全，家长信任度不高。',
      '农村留守儿童家庭教育缺位，心理健康问题较为突出，关爱服务力量不足。',
      '生育支持政策分散，育儿补贴、税收优惠、住房支持等政策协同不够。',
    ],
    advice: [
      '支持用人单位、社区和幼儿园开设托班，对普惠托育机构给予建设补助和运营补贴。',
      '加强托育从业人员培训和资格管理，建立托育机构备案和质量评估制度。',
      '建立留守儿童动态管理台账，配齐儿童主任，开展心理辅导和亲情陪伴活动。',
      '统筹育儿补贴、延长产假、住房倾斜等措施，构建覆盖婚育养教全过程的生育支持体系。',
    ],
    queries: ['托育', '托育服务', '留守儿童', '生育支持', '育儿补贴'],
  },
];

/**
 * Sentence patterns for any subject, filled from the phrase lists below ({a}, {b}: two words of
 * the item's subject; {lead} an opening; {act} a verb; {obj} what is acted on; {lack} a
 * shortcoming; {who} a party), so that items on one subject share their words, not their sentences.
 */
const PATTERNS: Record<Kind, string[]> = {
  facts: [
    '{lead}，{p}{a}工作取得积极进展，{b}覆盖面持续扩大。',
    '{lead}，{y}年全市围绕{a}和{b}累计投入资金{m}亿元，实施项目{n}个。',
    '据对{k}名群众的问卷调查，{r}%的受访者认为{a}问题亟待解决。',
    '{p}将{a}列为{y}年度重点工作，目前已完成年度目标任务的{r}%。',
    '全市已出台{a}相关文件{n}件，{b}工作逐步走上规范化轨道。',
    '在{a}方面，{p}已形成县、乡、村三级工作网络，覆盖人口{m}万人。',
    '{who}多次就{a}开展视察调研，社会各界对{b}也给予了广泛关注。',
    '{lead}，群众对{a}的满意度为{r}%，对{b}仍有不少意见和期盼。',
    '{p}在{a}方面先行先试，{act}{obj}，探索形成了一些可复制的经验做法。',
  ],
  problems: [
    '{lead}，{a}{lack}，{b}{lack}。',
    '{a}工作涉及{n}个部门，{lack}，存在推诿扯皮现象。',
    '{a}{lack}的问题较为突出，{p}尤为明显，群众意见较大。',
    '一些地方对{a}重视不够，{obj}停留在开会发文层面，落实力度层层递减。',
    '{a}与{b}统筹衔接不够，{lack}，政策叠加效应没有充分发挥。',
    '基层{a}工作力量薄弱，专业人员缺口约{k}人，{lack}。',
    '{lead}，{b}{lack}，制约了{a}的进一步发展。',
    '群众参与{a}的渠道不多，{lack}，“政府干、群众看”的现象依然存在。',
    '{a}相关数据分散在各部门，信息不共享，底数不清、情况不明。',
  ],
  advice: [
    '{act}{a}{obj}，{act}{b}{obj}。',
    '建议{who}牵头，{act}{a}{obj}，定期调度推进，形成工作合力。',
    '{act}{a}{obj}，确保各项措施落地见效。',
    '把{a}与{b}统筹谋划、一体推进，{act}{obj}，避免各自为战、重复建设。',
    '在{p}开展{a}试点，{act}{obj}，以点带面逐步推开。',
    '加大财政投入，引导社会资本参与{a}，{act}{b}{obj}。',
    '依托大数据平台打通部门数据壁垒，建立{a}动态监测和预警机制。',
    '将{a}纳入年度民生实事项目，明确责任单位和完成时限，{act}{obj}。',
    '畅通群众参与{a}的渠道，{act}{obj}，提高群众的获得感和满意度。',
  ],
};

const PHRASES = {
  lead: ['从调研情况看', '据统计', '调查发现', '据不完全统计', '从群众反映看', '总体上看', '近年来', '与此同时', '值得注意的是', '从实际运行看', '从各县区情况看', '自去年以来'],
  act: ['加快', '完善', '健全', '强化', '优化', '落实', '统筹', '探索', '规范', '提升', '深化', '建立', '创新', '细化', '加强', '推广'],
  obj: ['工作机制', '政策体系', '服务网络', '保障措施', '人才队伍', '考核办法', '监督机制', '标准体系', '信息平台', '补贴政策', '激励机制', '准入制度', '退出机制', '协调机制', '应急预案', '服务清单', '评价体系', '投入机制'],
  lack: ['投入不足', '机制不健全', '标准不统一', '监管不到位', '衔接不畅', '覆盖面较窄', '服务质量不高', '专业人员短缺', '供需不匹配', '发展不平衡', '设施老化', '宣传不到位', '资金缺口较大', '群众满意度不高', '政策落实打折扣', '责任主体不明确'],
  who: ['市政府', '市人大常委会', '市政协', '市发改委', '市财政局', '相关部门', '各县（市、区）政府', '市民政局', '市住建局', '市农业农村局'],
};

type Kind = 'facts' | 'problems' | 'advice';

/** Sentences of the fixture items (the text tests' realistic items), for the subjects they are on. */
const sentencesOf = (...texts: string[]) =>
  texts
    .join('\n')
    .split(/(?<=。)|\n/)
    .map((s) => s.replace(/^（[一二三四五六七八九十]）/, '').trim())
    .filter((s) => s.length >= 20 && s.endsWith('。') && !/^[一二三四]、/.test(s));
const FIXTURE_SENTENCES: Record<string, string[]> = {
  elderly: sentencesOf(ruralElderlyCare, disabledEldersCare),
  education: sentencesOf(afterSchoolCare),
};

/** 1 → 一, 12 → 十二, 20 → 二十 (up to 99). */
function chineseNumber(n: number): string {
  const digits = '〇一二三四五六七八九';
  if (n < 10) return digits[n];
  const tens = Math.floor(n / 10);
  return `${tens > 1 ? digits[tens] : ''}十${n % 10 ? digits[n % 10] : ''}`;
}

export const topics = (): readonly Topic[] => TOPICS;

/** A small, fast, seedable PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export class TextGenerator {
  constructor(private readonly random: () => number) {}

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)];
  }

  private int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  /** Fills the placeholders: {p} place, {y} year, {n} small number, {k} count, {m} decimal, {r} percentage. */
  fill(template: string, place?: string): string {
    return template
      .replace(/\{p\}/g, () => (place && this.random() < 0.7 ? place : this.pick(PLACES)))
      .replace(/\{y\}/g, () => String(this.int(2021, 2025)))
      .replace(/\{n\}/g, () => String(this.int(3, 60)))
      .replace(/\{k\}/g, () => String(this.int(100, 990)))
      .replace(/\{m\}/g, () => (this.int(10, 999) / 10).toFixed(1))
      .replace(/\{r\}/g, () => (this.int(50, 980) / 10).toFixed(1));
  }

  private shuffled<T>(list: readonly T[]): T[] {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.random() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }

  title(topic: Topic, place?: string): string {
    return this.fill(this.pick(topic.titles), place);
  }

  /**
   * One section of an item: its heading, then `count` sentences — some of the subject's own, a
   * sentence of a neighbouring subject (items sometimes touch one), the rest written from the patterns
   * around the subject's words — numbered in the problem and advice parts.
   */
  section(topic: Topic, kind: Kind, count: number, neighbour?: Topic, focus: string[] = topic.terms, place?: string): string {
    const own = this.shuffled([...topic[kind], ...(FIXTURE_SENTENCES[topic.key] ?? [])]).filter(() => this.random() < 0.4);
    const beside = neighbour ? this.shuffled(neighbour[kind]).slice(0, 1) : [];
    const chosen = this.shuffled([...own, ...beside]).slice(0, count);
    const patterns = this.shuffled(PATTERNS[kind]);
    for (let i = 0; chosen.length < count; i++) {
      chosen.splice(Math.floor(this.random() * (chosen.length + 1)), 0, patterns[i % patterns.length]);
    }
    const sentences = chosen.map((sentence) => {
      const a = this.random() < 0.4 ? this.pick(focus) : this.pick(topic.terms);
      const b = this.pick(topic.terms.filter((term) => term !== a));
      return this.fill(
        sentence
          .replace(/\{a\}/g, a)
          .replace(/\{b\}/g, b)
          .replace(/\{(lead|act|obj|lack|who)\}/g, (_, slot: keyof typeof PHRASES) => this.pick(PHRASES[slot])),
        place,
      );
    });
    const heading = { facts: '一、基本情况', problems: '二、存在问题', advice: '三、意见建议' }[kind];
    if (kind === 'facts') return `${heading}\n${sentences.join('')}`;
    return [heading, ...sentences.map((s, i) => `（${chineseNumber(i + 1)}）${s}`)].join('\n');
  }

  /** A whole item of exactly `length` characters (code points) on one subject. */
  item(length = 1_500): { title: string; body: string; topic: string } {
    const topic = this.pick(TOPICS);
    const neighbour = this.pick(TOPICS.filter((t) => t !== topic));
    const touches = this.random() < 0.3;
    // What this item is about within its subject: a few of the subject's words, as real items focus.
    const focus = this.shuffled(topic.terms).slice(0, 2);
    const place = this.pick(PLACES);
    let body = '';
    for (let extra = 0; Array.from(body).length < length && extra < 40; extra++) {
      body = (['facts', 'problems', 'advice'] as const)
        .map((kind, i) => this.section(topic, kind, [6, 8, 8][i] + extra, kind === 'problems' && touches ? neighbour : undefined, focus, place))
        .join('\n\n');
    }
    body = Array.from(body).slice(0, length - 1).join('').replace(/[\p{P}\s]$/u, '') + '。';
    while (Array.from(body).length < length) body = body.replace(/。$/, '等。');
    return { title: this.title(topic, place), body, topic: topic.key };
  }
}

/** Queries an editor would type: one or two words from the subjects' vocabulary. */
export function searchQueries(random: () => number, count: number): string[] {
  const generator = new TextGenerator(random);
  const words = TOPICS.flatMap((t) => t.queries);
  return Array.from({ length: count }, () => {
    if (random() < 0.6) return generator.pick(words);
    const topic = generator.pick(TOPICS);
    const first = generator.pick(topic.queries);
    const second = random() < 0.5 ? generator.pick(topic.queries.filter((q) => q !== first)) : generator.pick(PLACES);
    return `${first} ${second}`;
  });
}
