// The stack's own settings, which the tests sign and count with (defined where the stack is started).
export { NEEDS_SUBMIT_LIMIT, PREVIEW_SECRET } from '../../../../scripts/src/lib/throwaway-stack.ts';
