// One wording for "absent" and "not yours": the server answers 404 for both so that nobody learns what exists
// outside their scope (DESIGN §1).
export const NOT_VISIBLE_TITLE = '未找到该运营主体，或您无权查看';
