import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Result, Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { useAdminMeetingRooms } from './api';
import { roomPlace } from './labels';

/** Printing shows the label alone: the console's side menu, header, breadcrumbs and buttons stay on screen. */
const printCss = `
@media print {
  @page { margin: 12mm; }
  .ant-layout-sider, .ant-layout-header, .ant-breadcrumb, .houqin-no-print { display: none !important; }
  .ant-layout, .ant-layout-content { background: #fff !important; padding: 0 !important; }
  .houqin-room-label { border: none !important; box-shadow: none !important; margin: 0 auto !important; }
}
`;

/** 打印二维码: a label for the room's door; staff scan it to check in to their booking. */
export function QrLabelPage() {
  const { t } = useTranslation();
  const { roomId = '' } = useParams();
  const rooms = useAdminMeetingRooms();
  const room = rooms.data?.items.find((item) => item.id === roomId);

  if (rooms.isLoading) return <Spin />;
  if (!room) {
    return (
      <>
        <LoadError error={rooms.error} />
        {rooms.error ? null : <Result status="404" title={t('meetingRooms.roomNotFound')} />}
      </>
    );
  }

  return (
    <>
      <style>{printCss}</style>
      <div className="houqin-no-print">
        <PageHeader
          title={t('meetingRooms.labelTitle', { room: room.name })}
          extra={
            <Space>
              <Link to="/meeting-rooms">
                <ArrowLeftOutlined aria-hidden /> {t('meetingRooms.backToRooms')}
              </Link>
              <Button type="primary" icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
                {t('meetingRooms.print')}
              </Button>
            </Space>
          }
        />
      </div>
      <article
        className="houqin-room-label"
        aria-label={t('meetingRooms.label')}
        style={{
          width: 360,
          margin: '0 auto',
          padding: '32px 24px',
          textAlign: 'center',
          background: '#fff',
          border: '1px solid #d9d9d9',
          borderRadius: 8,
          color: '#000',
        }}
      >
        <div style={{ fontSize: 28, fontWeight: 600, lineHeight: 1.3 }}>{room.name}</div>
        <div style={{ fontSize: 18, marginTop: 8 }}>{roomPlace(room)}</div>
        <img
          src={`/api/admin/meeting-rooms/${encodeURIComponent(room.id)}/check-in-qr.svg`}
          alt={t('meetingRooms.qrAlt', { room: room.name })}
          width={280}
          height={280}
          style={{ display: 'block', margin: '24px auto' }}
        />
        <div style={{ fontSize: 24, fontWeight: 600, letterSpacing: 4 }}>
          {t('meetingRooms.scanToCheckIn')}
        </div>
        <div style={{ fontSize: 14, marginTop: 8 }}>{t('meetingRooms.scanHint')}</div>
      </article>
    </>
  );
}
