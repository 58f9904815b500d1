import { Button, theme } from 'antd';

interface Props {
  title: string;
  hint?: string;
  action: string;
  onAction: () => void;
}

/** A whole-page error with one way out; plain markup so the initial bundle stays small. */
export function ErrorScreen({ title, hint, action, onAction }: Props) {
  const { token } = theme.useToken();
  return (
    <main style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', padding: 24 }}>
      <div style={{ textAlign: 'center', maxWidth: 480 }}>
        <h1 style={{ fontSize: 24, fontWeight: 600, color: token.colorTextHeading, marginBottom: 8 }}>
          {title}
        </h1>
        {hint ? <p style={{ color: token.colorTextSecondary, marginBottom: 24 }}>{hint}</p> : null}
        <Button type="primary" onClick={onAction}>
          {action}
        </Button>
      </div>
    </main>
  );
}
