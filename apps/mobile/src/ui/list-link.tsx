import { RightOutline } from 'antd-mobile-icons';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface ListLinkProps {
  to: string;
  icon?: ReactNode;
  children: ReactNode;
}

/** A list row that navigates: a real link with an arrow. */
export function ListLink({ to, icon, children }: ListLinkProps) {
  return (
    <Link to={to} className="list-link">
      {icon && (
        <span className="list-link-icon" aria-hidden="true">
          {icon}
        </span>
      )}
      <span className="list-link-text">{children}</span>
      <RightOutline className="list-link-arrow" aria-hidden="true" />
    </Link>
  );
}
