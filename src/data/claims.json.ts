// The claims of the analysis (see README, "Outputs").
import { emit } from "../../loaders/index.ts";

await emit((a) => a.claims);
