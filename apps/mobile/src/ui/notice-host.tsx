import { BellOutline } from 'antd-mobile-icons';
import { useNotice } from './notice';

/**
 * Where notices appear: a polite live region that is always in the page, so screen readers announce
 * each notice (antd-mobile's Toast is aria-hidden and fades, which also trips contrast checks). A new
 * message from the live stream gets a bell.
 */
export function NoticeHost() {
  const notice = useNotice();
  return (
    <div className="notice-host" role="status" aria-live="polite">
      {notice && (
        <div key={notice.id} className={`notice-toast notice-toast-${notice.kind}`}>
          {notice.kind === 'message' && <BellOutline className="notice-toast-icon" aria-hidden="true" />}
          <span>{notice.text}</span>
        </div>
      )}
    </div>
  );
}
