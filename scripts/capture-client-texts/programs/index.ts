// Every program the capture drives, in the order they are run.
import type { Program } from "../program";
import { curl } from "./curl";
import { fetchmail } from "./fetchmail";
import { getmail } from "./getmail";
import { mbsync } from "./mbsync";
import { msmtp } from "./msmtp";
import { neomutt } from "./neomutt";
import { offlineimap } from "./offlineimap";
import { pythonStdlib } from "./python-stdlib";
import { sNail } from "./s-nail";
import { swaks } from "./swaks";

export const programs: Program[] = [
  msmtp,
  swaks,
  curl,
  sNail,
  neomutt,
  fetchmail,
  getmail,
  offlineimap,
  mbsync,
  pythonStdlib,
];
