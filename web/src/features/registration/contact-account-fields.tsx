import { Form, Input } from 'antd';
import { PASSWORD_HINT, confirmPasswordRule, passwordPolicyRule } from '../../lib/password-rules';
import { REGISTRATION_RULES } from './registration-rules';

export function ContactFields() {
  return (
    <>
      <Form.Item label="联系人姓名" name={['contact', 'name']} required rules={[REGISTRATION_RULES.contactName]}>
        <Input autoComplete="name" maxLength={30} />
      </Form.Item>
      <Form.Item label="联系电话" name={['contact', 'phone']} required rules={[REGISTRATION_RULES.phone]} extra="手机号，或带区号的固定电话（如 020-12345678）">
        <Input type="tel" inputMode="tel" autoComplete="tel" maxLength={20} />
      </Form.Item>
      <Form.Item label="电子邮箱" name={['contact', 'email']} rules={[REGISTRATION_RULES.email]} extra="选填">
        <Input type="email" inputMode="email" autoComplete="email" maxLength={100} />
      </Form.Item>
    </>
  );
}

export function AccountFields() {
  return (
    <>
      <Form.Item
        label="用户名"
        name={['account', 'username']}
        required
        rules={[REGISTRATION_RULES.username]}
        extra="4至32位，以字母开头，可含字母、数字、下划线、点和连字符"
      >
        <Input autoComplete="username" maxLength={32} spellCheck={false} />
      </Form.Item>
      <Form.Item
        label="密码"
        name={['account', 'password']}
        required
        dependencies={[['account', 'username']]}
        extra={PASSWORD_HINT}
        // The schema checks the password rule on the whole request (it needs the username); check it here too
        // so the message appears as soon as the field is left, not only on submit.
        rules={[passwordPolicyRule((get) => get(['account', 'username']) as string | undefined, '请设置密码')]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label="确认密码"
        name="confirmPassword"
        required
        dependencies={[['account', 'password']]}
        rules={[confirmPasswordRule(['account', 'password'], { empty: '请再次输入密码', mismatch: '两次输入的密码不一致' })]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
