// What a user name may look like (registration, expert accounts). Plain data, so the public register page checks it
// without loading zod (F6 item 5); the contracts build their schemas on the same pattern and message.
export const USERNAME_PATTERN = /^[A-Za-z][A-Za-z0-9_.-]{3,31}$/;
export const USERNAME_MESSAGE = '用户名为4至32位，以字母开头，可含字母、数字、下划线、点和连字符';
