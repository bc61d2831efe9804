// 新增/更正 one row of a dataset (F4 item 2(c)): a field for each column of the template (its header as the label,
// its hint below, a list where the column is closed), checked with the dataset's own row schema before sending and
// again by the server. A correction starts from the current row and is saved as a new row that supersedes it.
import { useState } from 'react';
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import type { CreationObjectSummary } from '../../../../src/contracts/creation-objects';
import type { DatasetRecordResult } from '../../../../src/contracts/data-corrections';
import { DATASETS, type DatasetKey } from '../../../../src/domain/creation-data/datasets';
import type { DatasetColumn } from '../../../../src/domain/creation-data/row-schema';
import { formIssuesOf } from '../../../../src/domain/creation-data/rows/form-issues';
import { RefusalAlert, type Refusal } from '../../components/form-alerts';
import { api, toApiError } from '../../lib/api';
import { applyFieldIssues, issuesFromApi } from '../../lib/form-errors';
import { correctionPaths, RECORD_IDENTITY, ROW_SCHEMAS, rowContextFor } from './dataset-schemas';

interface FormValues {
  cells: Record<string, string | undefined>;
}

interface Props {
  object: CreationObjectSummary;
  dataset: DatasetKey;
  /** The current row a correction starts from; null for a new row. */
  initialCells: Record<string, string> | null;
  onClose: () => void;
  onSaved: () => void;
}

/** The value, onChange and id Form.Item hands its child. */
interface ControlProps {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
}

/** Lists (participant codes) are long: a text area; closed lists: a select. */
function CellInput({ column, choices, id, value, onChange }: { column: DatasetColumn; choices: readonly string[] } & ControlProps) {
  if (choices.length > 0) {
    return (
      <Select
        id={id}
        value={value || undefined}
        onChange={(next: string | undefined) => onChange?.(next)}
        allowClear={!column.isRequired}
        placeholder={column.isRequired ? '请选择' : '选填'}
        options={choices.map((choice) => ({ value: choice, label: choice }))}
      />
    );
  }
  const common = { id, value, onChange: (event: { target: { value: string } }) => onChange?.(event.target.value) };
  if (column.key === 'participantCodes') return <Input.TextArea {...common} rows={3} placeholder={column.example} />;
  return <Input {...common} placeholder={column.example ? `例如：${column.example}` : column.isRequired ? '' : '选填'} />;
}

export function RecordFormModal({ object, dataset, initialCells, onClose, onSaved }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const schema = ROW_SCHEMAS[dataset];
  const context = rowContextFor(object);
  const label = DATASETS[dataset].label;
  const identity = RECORD_IDENTITY[dataset];

  const submit = async (values: FormValues) => {
    setRefusal(null);
    const cells = Object.fromEntries(schema.columns.map((column) => [column.key, (values.cells?.[column.key] ?? '').trim()]));
    const outcome = schema.parseRow(
      schema.columns.map((column) => cells[column.key] ?? ''),
      context,
    );
    if (!outcome.ok) {
      const issues = formIssuesOf(schema.columns, outcome.problems).map((issue) => ({ path: issue.path.split('.'), message: issue.message }));
      const general = applyFieldIssues(form, issues);
      if (general.length > 0) setRefusal({ message: '请按提示修改后重新保存', general });
      return;
    }
    setSaving(true);
    try {
      const result = await api.post<DatasetRecordResult>(correctionPaths.records(object.id, dataset), { cells });
      void message.success(result.isDuplicate ? '内容与现有记录相同，未重复保存' : `已保存到“${label}”`);
      onSaved();
    } catch (caught) {
      const error = toApiError(caught);
      setRefusal({ message: error.message, general: applyFieldIssues(form, issuesFromApi(error)) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={`${initialCells ? '更正' : '新增'}：${label}`}
      okText="保存"
      cancelText="取消"
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      {identity && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`按${identity}识别同一条记录：保存后作为新的一条记录替代原记录，原记录保留备查；修改了这些字段则视为新增。`}
        />
      )}
      {refusal && <RefusalAlert refusal={refusal} hint="请按提示修改后重新保存。" />}
      <Form form={form} layout="vertical" initialValues={{ cells: initialCells ?? {} }} onFinish={(values) => void submit(values)} aria-label={`${label}表单`}>
        {schema.columns.map((column) => (
          <Form.Item key={column.key} name={['cells', column.key]} label={column.header} required={column.isRequired} extra={column.hint}>
            <CellInput column={column} choices={column.choices?.(context) ?? []} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
