import { Typography } from 'antd';
import { useJobName } from './labels';

/** 发送外部通知 with `notifications.deliver` under it (the code is what logs and support use). */
export function JobName({ name }: { name: string }) {
  const label = useJobName()(name);
  if (label === name) return <Typography.Text code>{name}</Typography.Text>;
  return (
    <span>
      {label}
      <br />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {name}
      </Typography.Text>
    </span>
  );
}
