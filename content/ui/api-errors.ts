// The messages of the API's own refusals (SPEC §2), in the request's language. They reach developers who
// call the API and, through the wizard, customers: short, and saying what to do.
import { defineMessages } from "@/lib/i18n/define-messages";

export const apiErrors = defineMessages({
  ko: {
    emptyBody: "요청 본문이 비어 있습니다.",
    notJson: "요청 본문이 올바른 JSON이 아닙니다.",
    unreadable: "요청을 읽을 수 없습니다.",
    incompleteBody: "요청 본문이 끝까지 도착하지 않았습니다.",
    crossSite: "다른 사이트의 페이지에서 보낸 요청은 받지 않습니다.",
    notFound: "이 주소에는 API가 없습니다.",
    methodNotAllowed: "이 주소에서 쓸 수 있는 요청 방식:",
    requestTimeout: "요청이 제시간에 도착하지 않았습니다. 다시 시도해 주세요.",
    payloadTooLarge: "요청 본문이 너무 큽니다. 최대 크기:",
    unsupportedMediaType: "요청 본문은 Content-Type: application/json 으로 보내 주세요.",
    internal: "문제가 생겼습니다. 잠시 뒤 다시 시도해 주세요.",
    textMissing: '{"text": "…"} 모양의 JSON 객체를 보내 주세요.',
    textEmpty: "텍스트가 비어 있습니다.",
    textTooLong: "텍스트가 너무 깁니다. 최대 글자 수:",
  },
  en: {
    emptyBody: "The request body is empty.",
    notJson: "The request body is not valid JSON.",
    unreadable: "The request could not be read.",
    incompleteBody: "The request body did not arrive completely.",
    crossSite: "Requests from another site's pages are not accepted.",
    notFound: "There is no API at this address.",
    methodNotAllowed: "Methods this address accepts:",
    requestTimeout: "The request did not arrive in time. Please try again.",
    payloadTooLarge: "The request body is too large. The most it may be:",
    unsupportedMediaType: "Please send the request body as Content-Type: application/json.",
    internal: "Something went wrong. Please try again in a moment.",
    textMissing: 'Send a JSON object like {"text": "…"}.',
    textEmpty: "The text is empty.",
    textTooLong: "The text is too long. The most characters it may have:",
  },
});
