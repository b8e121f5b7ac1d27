/**
 * Every `code` an error answer of the API can carry (`{statusCode, code, message, details}`), with
 * what it means. Clients branch on these: never rename one. The server cannot throw a code that is
 * not listed here (AppError takes an `ErrorCode`).
 */
export const ErrorCode = {
  // The request itself
  /** A field of the body or query is wrong; `details` names each one. */
  ValidationFailed: 'VALIDATION_FAILED',
  /** The request could not be read (a body parser refused it). */
  BadRequest: 'BAD_REQUEST',
  /** The body is not JSON. */
  MalformedJson: 'MALFORMED_JSON',
  /** A path segment is not valid percent-encoded UTF-8. */
  MalformedUrl: 'MALFORMED_URL',
  /** A route id is not a UUID. */
  InvalidId: 'INVALID_ID',
  /** A route number is not a positive int4. */
  InvalidParam: 'INVALID_PARAM',
  /** The headers or the address are too long. */
  HeadersTooLarge: 'HEADERS_TOO_LARGE',
  /** The request did not arrive in time. */
  RequestTimeout: 'REQUEST_TIMEOUT',
  /** The body is larger than the API takes. */
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
  /** The body's content type is not one the route takes. */
  UnsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE',
  /** The route does not take this HTTP method. */
  MethodNotAllowed: 'METHOD_NOT_ALLOWED',
  /** The framework refused the request as unprocessable. */
  Unprocessable: 'UNPROCESSABLE',
  /** Too many requests in a short time. */
  TooManyRequests: 'TOO_MANY_REQUESTS',
  /** Any other refusal of the framework's. */
  HttpError: 'HTTP_ERROR',

  // Who is asking
  /** No valid access token came with the request. */
  Unauthenticated: 'UNAUTHENTICATED',
  /** Wrong username or password at login. */
  InvalidCredentials: 'INVALID_CREDENTIALS',
  /** The session was logged out, expired or replaced: log in again. */
  SessionEnded: 'SESSION_ENDED',
  /** Too many failed logins: wait before trying again. */
  LoginThrottled: 'LOGIN_THROTTLED',
  /** The caller's roles do not grant the permission. */
  Forbidden: 'FORBIDDEN',
  /** The roles grant it, but not on this target (another committee, another unit). */
  OutOfScope: 'OUT_OF_SCOPE',

  // State and references
  /** What the request names does not exist (or is not visible to the caller). */
  NotFound: 'NOT_FOUND',
  /** The request conflicts with what is stored (a duplicate, a state the framework refused). */
  Conflict: 'CONFLICT',
  /** The thing was changed by someone else since the caller read it (`version`): reload. */
  StaleVersion: 'STALE_VERSION',
  /** A code or id in the body names nothing usable (a category, a topic, a reject reason…). */
  InvalidReference: 'INVALID_REFERENCE',
  /** A period whose start is after its end. */
  InvalidPeriod: 'INVALID_PERIOD',
  /** An Idempotency-Key header that is not 8–100 visible ASCII characters. */
  InvalidIdempotencyKey: 'INVALID_IDEMPOTENCY_KEY',
  /** An Idempotency-Key already used for a different request. */
  IdempotencyKeyReused: 'IDEMPOTENCY_KEY_REUSED',
  /** A search cursor that is not one the API handed out. */
  InvalidCursor: 'INVALID_CURSOR',
  /** An upload route called without a file. */
  FileRequired: 'FILE_REQUIRED',

  // Accounts and organisations
  /** The current password given is wrong. */
  WrongPassword: 'WRONG_PASSWORD',
  /** The new password is the current one. */
  PasswordUnchanged: 'PASSWORD_UNCHANGED',
  /** The username belongs to another account. */
  UsernameTaken: 'USERNAME_TAKEN',
  /** The phone number belongs to another account. */
  PhoneTaken: 'PHONE_TAKEN',
  /** The caller may not hand out (or take away) one of these roles. */
  RoleNotGrantable: 'ROLE_NOT_GRANTABLE',
  /** An administrator may not deactivate themselves or drop their own admin role. */
  SelfLockout: 'SELF_LOCKOUT',
  /** The organisation kind may not hang under that parent. */
  InvalidParent: 'INVALID_PARENT',
  /** The parent already has an organisation of that name. */
  OrganisationNameTaken: 'ORGANISATION_NAME_TAKEN',
  /** The roster has faulty rows; `details` lists each, nothing was imported. */
  RosterInvalid: 'ROSTER_INVALID',

  // Items
  /** The item's state does not allow this move. */
  TransitionNotAllowed: 'TRANSITION_NOT_ALLOWED',
  /** The move lacks what it requires (a comment, a reject reason). */
  TransitionIncomplete: 'TRANSITION_INCOMPLETE',
  /** A text stored as a version needs a title and a body. */
  ItemIncomplete: 'ITEM_INCOMPLETE',
  /** The authors can no longer change the item (it was submitted). */
  ItemNotEditable: 'ITEM_NOT_EDITABLE',
  /** Only a draft never submitted can be deleted. */
  ItemNotDeletable: 'ITEM_NOT_DELETABLE',
  /** The person is not one the item or commission may be assigned to. */
  InvalidAssignee: 'INVALID_ASSIGNEE',
  /** The commission (约稿) has already ended. */
  CommissionClosed: 'COMMISSION_CLOSED',
  /** The item already has as many attachments as it may. */
  TooManyAttachments: 'TOO_MANY_ATTACHMENTS',
  /** The file is not of a type the API stores. */
  AttachmentTypeNotAllowed: 'ATTACHMENT_TYPE_NOT_ALLOWED',
  /** The file's content is not what its extension says. */
  AttachmentTypeMismatch: 'ATTACHMENT_TYPE_MISMATCH',
  /** The file is larger than an attachment may be. */
  AttachmentTooLarge: 'ATTACHMENT_TOO_LARGE',
  /** A stored file's key with characters a key may not have. */
  InvalidAttachmentKey: 'INVALID_ATTACHMENT_KEY',

  // Bulletins
  /** The issue is signed: it can no longer change. */
  IssueNotDraft: 'ISSUE_NOT_DRAFT',
  /** The issue is not signed yet (to publish it, to render it). */
  IssueNotSigned: 'ISSUE_NOT_SIGNED',
  /** The issue is not published yet (to report it as a whole). */
  IssueNotPublished: 'ISSUE_NOT_PUBLISHED',
  /** An issue with no item cannot be signed. */
  IssueEmpty: 'ISSUE_EMPTY',
  /** Only approved items go into an issue. */
  ItemNotApproved: 'ITEM_NOT_APPROVED',
  /** The item is already in another issue. */
  ItemInOtherIssue: 'ITEM_IN_OTHER_ISSUE',
  /** The series has issues and cannot be deleted. */
  SeriesInUse: 'SERIES_IN_USE',
  /** The document (.docx) is not generated yet, or failed. */
  DocumentNotReady: 'DOCUMENT_NOT_READY',

  // Outcomes, ledgers, scoring
  /** The same report (item, outlet, day) is already recorded. */
  AlreadyRecorded: 'ALREADY_RECORDED',
  /** The item's state does not allow reporting or recording it. */
  ItemNotReportable: 'ITEM_NOT_REPORTABLE',
  /** That kind of adoption is not recorded by hand. */
  KindNotRecordable: 'KIND_NOT_RECORDABLE',
  /** The ledger file cannot be imported as it is. */
  LedgerInvalid: 'LEDGER_INVALID',
  /** The item was never adopted (a plagiarism penalty needs an adoption). */
  ItemNotAdopted: 'ITEM_NOT_ADOPTED',
  /** The rule set's validity overlaps another's. */
  RulesOverlap: 'RULES_OVERLAP',
  /** A 统计通报 is made for a committee, not a reporting unit. */
  NotACommittee: 'NOT_A_COMMITTEE',

  // The server
  /** The database cannot be reached: try again after Retry-After. */
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  /** A part the service needs (database, Redis) is down: readiness fails. */
  NotReady: 'NOT_READY',
  /** An unexpected error; the message carries an error id that is in the log. */
  InternalError: 'INTERNAL_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
