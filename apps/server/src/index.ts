export { AppModule } from './app.module.js';
export { loadServerConfig, type ServerConfig } from './platform/config/server-config.js';
export { configureHttp } from './platform/http/configure-http.js';
