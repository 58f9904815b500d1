/** One page of a list endpoint (`?page=&pageSize=`). */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const pageSizeOptions = [10, 20, 50, 100];
