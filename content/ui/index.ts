// Every UI string namespace, in both languages. Add a namespace here and it is checked and typed.
import { common } from "./common";
import { decoded } from "./decoded";
import { diagnose } from "./diagnose";
import { fix } from "./fix";
import { start } from "./start";

export const uiMessages = { common, start, diagnose, fix, decoded };
