// Not-found pages get no route parameters, so this one speaks both languages. Its links are plain anchors:
// a client-side navigation to the start page saves nothing, and next/link would weigh on every page
// (decision 0011).
/* eslint-disable @next/next/no-html-link-for-pages */
export default function NotFound() {
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-bold">
        <span lang="ko">페이지를 찾을 수 없습니다</span> · <span lang="en">Page not found</span>
      </h1>
      <p>
        <a href="/ko" lang="ko" className="inline-flex min-h-11 items-center underline">
          처음 화면으로 가기
        </a>
        {" · "}
        <a href="/en" lang="en" className="inline-flex min-h-11 items-center underline">
          Go to the start page
        </a>
      </p>
    </div>
  );
}
