import { utf8Bytes } from "../../../src/workbook/utf8Bytes";

/**
 * What Office.js puts on the wire, modelled on the requests of Microsoft's runtime
 * (excel-web-16.00.js, see test/office/realRuntime): every object a batch gets costs an object
 * path, an instantiate action and its id in the request's id list, a range also a
 * _KeepReference and a second instantiation; every property set or method call is an action carrying its arguments. Ids
 * count up through a context, so their digits grow with the request as they do in Office.
 */
export class WireBytes {
  private id = 0;

  /**
   * An object got by `step`: "getRange(A1:B2)" (a method, its arguments in parentheses) or
   * "format" (a property). Costs its path, its instantiation and its place in the id list.
   */
  object(step: string, keepsReference: boolean): number {
    const path = ++this.id;
    const open = step.indexOf("(");
    const name = open < 0 ? step : step.slice(0, open);
    const args = open < 0 ? "" : `,"ArgumentInfo":{"Arguments":[${JSON.stringify(step.slice(open + 1, -1))}]}`;
    let bytes = utf8Bytes(`"${path}":{"Id":${path},"ObjectPathType":3,"Name":"${name}","ParentObjectPathId":${path - 1}${args}},`);
    bytes += `{"Id":${++this.id},"ActionType":1,"Name":"","ObjectPathId":${path}},`.length + String(path).length + 1;
    // A kept object is instantiated again after its _KeepReference.
    if (keepsReference) {
      bytes += `{"Id":${++this.id},"ActionType":3,"Name":"_KeepReference","ObjectPathId":${path},"ArgumentInfo":{"Arguments":[]}},`.length;
      bytes += `{"Id":${++this.id},"ActionType":1,"Name":"","ObjectPathId":${path}},`.length;
    }
    return bytes;
  }

  /** A property set or a method call with its arguments, as one action. */
  action(name: string, args: unknown): number {
    const json = args === undefined || args === null ? "" : JSON.stringify(args);
    const id = ++this.id;
    return (
      `{"Id":${id},"ActionType":4,"Name":"${name}","ObjectPathId":${id - 1},"ArgumentInfo":{"Arguments":[]}},`.length + utf8Bytes(json)
    );
  }
}

/** The envelope of a request: `{"AutoKeepReference":true,"Actions":[…],"ObjectPaths":{…}}`, the id list's key. */
export const REQUEST_ENVELOPE_BYTES = 64;
