// Cursor paging without page numbers: the stack holds the cursor of every page visited, the
// first page's being null. "Next" pushes the server's next_cursor, "Previous" pops.

export type CursorStack = (string | null)[];

export const FIRST_PAGE: CursorStack = [null];

export const currentCursor = (stack: CursorStack): string | null => stack[stack.length - 1] ?? null;

export const pushCursor = (stack: CursorStack, next: string): CursorStack => [...stack, next];

export const popCursor = (stack: CursorStack): CursorStack => (stack.length > 1 ? stack.slice(0, -1) : stack);

export const hasPrevious = (stack: CursorStack): boolean => stack.length > 1;

/** 1-based number of the page shown. */
export const pageNumber = (stack: CursorStack): number => stack.length;
