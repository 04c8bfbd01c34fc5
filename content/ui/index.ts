// Every UI string namespace, in both languages. Add a namespace here and it is checked and typed.
import { address } from "./address";
import { apiErrors } from "./api-errors";
import { check } from "./check";
import { common } from "./common";
import { decoded } from "./decoded";
import { diagnose } from "./diagnose";
import { fix } from "./fix";
import { report } from "./report";
import { result } from "./result";
import { setup } from "./setup";
import { staff } from "./staff";
import { start } from "./start";
import { wizard } from "./wizard";

export const uiMessages = {
  common,
  start,
  diagnose,
  fix,
  decoded,
  address,
  staff,
  check,
  wizard,
  result,
  report,
  setup,
  apiErrors,
};
