import { Link } from 'react-router';
import { buttonClasses } from './button-styles';

interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  /** The link to another page (its URL keeps the list's filters). */
  hrefFor: (page: number) => string;
  label: string;
}

/** "Page 2 of 4" with Previous and Next links; nothing when everything fits on one page. */
export function Pagination({ page, pageSize, total, hrefFor, label }: PaginationProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className="mt-6 flex flex-wrap items-center gap-3">
      {page > 1 && (
        <Link to={hrefFor(page - 1)} className={buttonClasses('secondary', 'sm')}>
          Previous page
        </Link>
      )}
      <p className="text-slate-700">
        Page {page} of {pages}
      </p>
      {page < pages && (
        <Link to={hrefFor(page + 1)} className={buttonClasses('secondary', 'sm')}>
          Next page
        </Link>
      )}
    </nav>
  );
}
