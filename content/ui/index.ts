// Every UI string namespace, in both languages. Add a namespace here and it is checked and typed.
import { address } from "./address";
import { common } from "./common";
import { diagnose } from "./diagnose";
import { staff } from "./staff";
import { start } from "./start";

export const uiMessages = { common, start, diagnose, address, staff };
