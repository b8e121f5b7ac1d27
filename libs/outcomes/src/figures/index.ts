export { FiguresModule } from './figures.module';
export { OrgYearQuery } from './dto/org-year.query';
export { FiguresService, Summary } from './figures.service';
export { FigurePeriod, LOCALLY_PUBLISHED_SQL, periodFigureColumns } from './figures.sql';
