// Where the browser keeps its own copy of a long pasted message (sessionStorage: this tab only, gone when
// it closes), under the id the server holds it by (lib/wizard/message-store.ts).
export const heldStorageKey = (id: string) => `maildoc:message:${id}`;
/** When this tab last sent that message again (components/wizard/held-message-recovery.tsx). */
export const heldResentKey = (id: string) => `maildoc:resent:${id}`;
