// Plain list, not antd Timeline: antd 6 builds Timeline on Steps (≈ 30 KB raw), too much for the first load of the
// public site (F6 item 5, budget 250 KB gzipped).
interface Step {
  title: string;
  /** How long the step lasts, when the measures fix it. */
  duration?: string;
  text: string;
}

// Art. 7 (and Art. 10 for the re-review), in plain words.
const STEPS: Step[] = [
  { title: '发布通知', text: '省工业和信息化厅发布年度创建工作通知，明确创建数量、工作内容、时间安排和创建要求。' },
  {
    title: '申报与地市初审推荐',
    text: '运营主体在本系统注册后准备申报材料，提交至所在地市中小企业主管部门；地市初审后，将拟推荐对象报省工业和信息化厅。',
  },
  { title: '省级审核与专家评审', text: '省工业和信息化厅审核申报材料，组织专家评审，按程序择优确定拟创建对象。' },
  {
    title: '公示',
    duration: '5个工作日',
    text: '拟创建对象在省工业和信息化厅网站公示。无异议或异议不属实的，确定为创建对象。',
  },
  {
    title: '创建期',
    duration: '2年',
    text: '创建对象按创建方案推进任务、提升服务水平，省、市中小企业主管部门给予指导。',
  },
  {
    title: '评估验收',
    text: '创建期满后，对照认定标准和创建方案评估验收。初次验收未通过的，可延长1年创建期；再次未通过的，退出创建活动。',
  },
  {
    title: '公示认定',
    duration: '5个工作日',
    text: '拟认定名单公示。无异议或异议不属实的，由省工业和信息化厅发文公告正式认定。',
  },
  {
    title: '定期复核',
    duration: '每2年',
    text: '认定后每2年复核一次运行和服务情况。不达标的给予1年整改期，连续两年未通过复核的取消认定命名。',
  },
];

export function ProcessTimeline() {
  return (
    <ol className="process-steps">
      {STEPS.map((step, index) => (
        <li key={step.title} className="process-step">
          {/* The number sits in the marker; the list itself stays an <ol>, so screen readers count the steps. */}
          <span className="process-step-marker" aria-hidden="true">
            {index + 1}
          </span>
          {/* Title and text share one column: a separate title column would squeeze the text at phone width. */}
          <div className="process-step-body">
            <strong>{step.title}</strong>
            {step.duration && <span className="duration-tag">{step.duration}</span>}
            <p>{step.text}</p>
          </div>
        </li>
      ))}
    </ol>
  );
}
