export { CoreModule } from './core.module';
