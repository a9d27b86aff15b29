export { createHttpApp, requestIdOf, type HttpAppOptions } from './app';
export { listen, type ListeningApp } from './listen';
export {
  describeHttpError,
  problemFromDescribed,
  problemFromError,
  PROBLEM_CONTENT_TYPE,
  sendProblem,
  type ProblemDetails,
} from './problem';
