/** A person as another view names them. */
export interface PersonRef {
  id: string;
  name: string;
}

/** An item as another view names it. */
export interface ItemRef {
  id: string;
  title: string;
}
