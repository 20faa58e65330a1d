// What the overview needs, and no more: counts, outlets, and per fact its verdict and stances.
import { emit, overviewData } from "../../loaders/index.ts";

await emit(overviewData);
