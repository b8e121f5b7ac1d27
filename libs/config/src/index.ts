export { Environment, InvalidEnvironmentError, validateEnvironment } from './environment';
export { AppConfig, AppConfigModule } from './app-config.module';
