import { App } from 'antd';
import type { FormInstance } from 'antd';
import { useCallback } from 'react';
import type { ErrorDetail } from '@sqmy/contract';
import { asApiError } from './client';

/** Puts the errors whose `field` names a field of the form onto that field; returns the rest. */
export function applyFieldErrors(form: FormInstance, details: ErrorDetail[]): ErrorDetail[] {
  const fieldNames = new Set(form.getFieldsError().map((field) => field.name.join('.')));
  const matched = details.filter((detail) => detail.field && fieldNames.has(detail.field));
  form.setFields(matched.map((detail) => ({ name: detail.field!.split('.'), errors: [detail.message] })));
  return details.filter((detail) => !matched.includes(detail));
}

/** Returns a handler that shows an API error to the user (and on the form's fields, if given). */
export function useApiErrorHandler(): (error: unknown, form?: FormInstance) => void {
  const { message } = App.useApp();
  return useCallback(
    (error: unknown, form?: FormInstance) => {
      const apiError = asApiError(error);
      const rest = form ? applyFieldErrors(form, apiError.details) : apiError.details;
      const extra = rest.map((detail) => (detail.field ? `${detail.field}：${detail.message}` : detail.message));
      message.error([apiError.message, ...extra].join('；'));
    },
    [message],
  );
}
