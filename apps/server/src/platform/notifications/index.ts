// What other modules use: notify in their transaction, declare their types.
export { type NotifyInput, notify } from './notify';
export { defineNotificationType, isEssentialType } from './types';
