import { useNotice } from './notice';

/**
 * Where notices appear: a polite live region that is always in the page, so screen readers announce
 * each notice (antd-mobile's Toast is aria-hidden and fades, which also trips contrast checks).
 */
export function NoticeHost() {
  const notice = useNotice();
  return (
    <div className="notice-host" role="status">
      {notice && (
        <div key={notice.id} className="notice-toast">
          {notice.text}
        </div>
      )}
    </div>
  );
}
