export { CONTROLLER_LANGUAGES, controllerSchema, logoDataUrl, logoSchema, logoTypeOf, MAX_LOGO_BYTES, NEUTRAL_BRAND_COLOUR, toControllerFields, type Controller, type ControllerLanguage } from './controller';
export { CachedControllers, CONTROLLER_CACHE_MS, ControllerDirectory, type ControllerSource } from './directory';
