import { DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { Environment, InvalidEnvironmentError, validateEnvironment } from './environment';

/** The validated environment. Inject it and read `config.env.X`. */
export class AppConfig {
  constructor(readonly env: Environment) {}
}

/** At boot a bad variable ends the process with one line that names it, not a stack trace. */
function validateOrExit(raw: Record<string, unknown>): Environment {
  try {
    return validateEnvironment(raw);
  } catch (error) {
    if (!(error instanceof InvalidEnvironmentError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

/** Imported once by each app: `AppConfigModule.forRoot()`. */
@Global()
@Module({})
export class AppConfigModule {
  static forRoot(): DynamicModule {
    return {
      module: AppConfigModule,
      imports: [ConfigModule.forRoot({ isGlobal: true, cache: true, ignoreEnvFile: true, validate: validateOrExit })],
      providers: [{ provide: AppConfig, useFactory: () => new AppConfig(validateEnvironment(process.env)) }],
      exports: [AppConfig],
    };
  }
}
