export { WebHostModule } from './web-host.module';
