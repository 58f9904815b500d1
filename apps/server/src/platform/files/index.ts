// Uploaded files: what other modules use. Routes are registered in app.ts.
export {
  attachFiles,
  type FileAccessCheck,
  filesAttachedTo,
  registerFileAccess,
  releaseFiles,
} from './access';
export { fileRoutes } from './routes';
export type { FileRow } from './tables';
export { toStoredFile } from './view';
