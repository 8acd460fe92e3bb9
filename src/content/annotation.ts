/**
 * annotation.js's entry: what a page that names someone needs (the claim matcher, the card),
 * run by the background only there (src/content/load-annotation.ts).
 */
import { annotatePage } from './annotate';
import { offerAnnotation } from './annotation-handoff';

offerAnnotation(annotatePage);
