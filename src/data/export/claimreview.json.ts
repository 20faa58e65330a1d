// ClaimReview JSON-LD for the facts an analyst reviewed (as `triangulate export --format claimreview`).
import { claimReviews, emit } from "../../../loaders/index.ts";

await emit((a) => claimReviews(a, process.env.TRIANGULATE_SITE_URL ?? "http://127.0.0.1:3000"));
