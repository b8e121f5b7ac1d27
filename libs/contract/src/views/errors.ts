import { ErrorCode } from '../error-codes';

/** One offending field: its path in the request and what to do about it. */
export interface ErrorDetail {
  field: string;
  message: string;
}

/** The one error shape every failed request answers with. */
export interface ErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  details: ErrorDetail[];
  requestId?: string;
}
