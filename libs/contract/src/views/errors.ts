/** One offending field: its path in the request and what to do about it. */
export interface ErrorDetail {
  field: string;
  message: string;
}

/** The one error shape every failed request answers with. */
export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details: ErrorDetail[];
  requestId?: string;
}
