import { Card, Tag, Typography } from 'antd';
import type { Indicator, MeasuresBlock } from './parse-measures';

const { Title, Paragraph, Text } = Typography;

export function MeasuresContents({ blocks }: { blocks: MeasuresBlock[] }) {
  const entries = blocks.flatMap((block) =>
    block.kind === 'chapter' ? [{ id: block.id, text: block.text }] : block.kind === 'attachment' ? [{ id: block.id, text: `${block.label} ${block.title}` }] : [],
  );
  return (
    <nav aria-label="目录">
      <Card size="small" title="目录" style={{ marginBottom: 24 }}>
        <ol style={{ margin: 0, paddingLeft: 20, lineHeight: 1.9 }}>
          {entries.map((entry) => (
            <li key={entry.id}>
              <a href={`#${entry.id}`}>{entry.text}</a>
            </li>
          ))}
        </ol>
      </Card>
    </nav>
  );
}

export function MeasuresDocument({ blocks }: { blocks: MeasuresBlock[] }) {
  return <article className="measures-text">{blocks.map((block, index) => renderBlock(block, index))}</article>;
}

function renderBlock(block: MeasuresBlock, index: number) {
  switch (block.kind) {
    case 'title':
      return (
        <Title level={2} key={index} style={{ textAlign: 'center' }}>
          {block.text}
        </Title>
      );
    case 'chapter':
      return (
        <Title level={3} key={index} id={block.id} style={{ textAlign: 'center' }}>
          {block.text}
        </Title>
      );
    case 'article':
      return (
        <p key={index} id={block.id}>
          <span className="article-heading">{block.heading}</span>
          {block.text}
        </p>
      );
    case 'paragraph':
      return <p key={index}>{block.text}</p>;
    case 'attachmentList':
      return (
        <div key={index}>
          <p>附件：</p>
          <ol style={{ lineHeight: 1.9 }}>
            {block.items.map((item, i) => (
              <li key={item}>
                <a href={`#attachment-${i + 1}`}>{item}</a>
              </li>
            ))}
          </ol>
        </div>
      );
    case 'attachment':
      return (
        <Title level={3} key={index} id={block.id} style={{ marginTop: 40 }}>
          {block.label}{' '}
          {block.title}
        </Title>
      );
    case 'indicators':
      return (
        <div key={index}>
          {block.indicators.map((indicator) => (
            <IndicatorView key={`${indicator.group ?? ''}${indicator.name}`} indicator={indicator} />
          ))}
        </div>
      );
  }
}

function IndicatorView({ indicator }: { indicator: Indicator }) {
  return (
    <>
      {indicator.group && (
        <Title level={4} style={{ marginTop: 24 }}>
          {indicator.group}
        </Title>
      )}
      <section className="indicator">
        <Text strong>{indicator.name}</Text>
        {indicator.type && (
          <Tag style={{ marginLeft: 8 }} color="blue">
            {indicator.type}
          </Tag>
        )}
        {indicator.paragraphs.map((text) => (
          <Paragraph key={text} style={{ marginTop: 8, marginBottom: 0 }}>
            {text}
          </Paragraph>
        ))}
      </section>
    </>
  );
}
