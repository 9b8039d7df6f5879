export { createApp, type ServerSettings } from './app.js';
