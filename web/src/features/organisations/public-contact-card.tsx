// 单位对外服务电话/网址 (F6 item 1; ADR 0017): shown in the 信息数据库 beside each of the organisation's platforms and
// bases. The organisation's own applicant edits them here; the contact person's phone and e-mail above are never public.
import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Flex, Form, Input, Skeleton, Typography } from 'antd';
import type { OrganisationPublicContact } from '../../../../src/contracts/organisation-contact';
import { MAX_WEBSITE_CHARS, zPublicContact } from '../../../../src/contracts/organisation-contact';
import { websiteHref } from '../../../../src/domain/registry/web-address';
import { ErrorResult } from '../../components/error-result';
import { api, toApiError } from '../../lib/api';
import { applyFieldIssues, issuesFromApi, zodRule } from '../../lib/form-errors';
import { useFetch } from '../../lib/use-fetch';

interface ContactForm {
  publicPhone: string;
  website: string;
}

const contactPath = (organisationId: string) => `/api/organisations/${encodeURIComponent(organisationId)}/public-contact`;

function ContactEditor({ contact, onSaved, onCancel }: { contact: OrganisationPublicContact; onSaved: () => void; onCancel: () => void }) {
  const [form] = Form.useForm<ContactForm>();
  const { message } = App.useApp();
  const [isSaving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  async function save(values: ContactForm) {
    setSaving(true);
    setRefusal(null);
    try {
      await api.put<OrganisationPublicContact>(contactPath(contact.organisationId), { publicPhone: values.publicPhone ?? '', website: values.website ?? '' });
      message.success('对外服务电话和网址已保存，信息数据库已同步更新');
      onSaved();
    } catch (caught) {
      const error = toApiError(caught);
      const unmatched = applyFieldIssues(form, issuesFromApi(error));
      setRefusal([error.message, ...unmatched.map((issue) => issue.message)].join('：'));
      setSaving(false);
    }
  }

  return (
    <Form<ContactForm>
      form={form}
      layout="vertical"
      initialValues={{ publicPhone: contact.publicPhone ?? '', website: contact.website ?? '' }}
      onFinish={(values) => void save(values)}
      style={{ maxWidth: 520 }}
    >
      {refusal && <Alert type="error" showIcon role="alert" title={refusal} style={{ marginBottom: 12 }} />}
      <Form.Item name="publicPhone" label="对外服务电话" rules={[zodRule(zPublicContact.shape.publicPhone)]} extra="手机号、带区号的固定电话或400/800电话；不填则不显示">
        <Input maxLength={20} placeholder="如：020-12345678" autoComplete="off" />
      </Form.Item>
      <Form.Item name="website" label="单位网址" rules={[zodRule(zPublicContact.shape.website)]} extra="以http://或https://开头；不填则不显示">
        <Input maxLength={MAX_WEBSITE_CHARS} placeholder="如：https://www.example.cn" autoComplete="off" inputMode="url" />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={isSaving}>
          保存
        </Button>
        <Button onClick={onCancel} disabled={isSaving}>
          取消
        </Button>
      </Flex>
    </Form>
  );
}

/** Linked by the same rule the registry uses (web-address.ts), so what the applicant sees is what the public gets. */
function WebsiteText({ website }: { website: string | null }) {
  if (!website) return <span>未填写</span>;
  const href = websiteHref(website);
  const style = { overflowWrap: 'anywhere' } as const;
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer" style={style}>
      {website}
    </a>
  ) : (
    <span style={style}>{website}</span>
  );
}

export function PublicContactCard({ organisationId }: { organisationId: string }) {
  const contact = useFetch<OrganisationPublicContact>(contactPath(organisationId));
  const [isEditing, setEditing] = useState(false);
  const data = contact.data;
  return (
    <Card
      title="对外服务电话和网址"
      extra={
        data?.canEdit && !isEditing ? (
          <Button size="small" onClick={() => setEditing(true)}>
            修改
          </Button>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary">在示范平台（基地）信息数据库中向社会公开，便于中小企业联系服务。联系人及其电话、邮箱不公开。</Typography.Paragraph>
      {contact.error ? (
        <ErrorResult error={contact.error} onRetry={contact.reload} />
      ) : !data ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : isEditing ? (
        <ContactEditor
          contact={data}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            contact.reload();
          }}
        />
      ) : (
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'phone', label: '对外服务电话', children: data.publicPhone ?? '未填写' },
            { key: 'website', label: '单位网址', children: <WebsiteText website={data.website} /> },
          ]}
        />
      )}
    </Card>
  );
}
