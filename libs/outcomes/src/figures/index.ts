export { FiguresModule } from './figures.module';
export { OrgYearQuery } from './dto/org-year.query';
