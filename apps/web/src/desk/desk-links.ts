/** The desk's page of an item. */
export const deskLink = (id: string) => `/desk/items/${id}`;
