import Link from "next/link";

// Not-found pages get no route parameters, so this one speaks both languages.
export default function NotFound() {
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-bold">
        <span lang="ko">페이지를 찾을 수 없습니다</span> · <span lang="en">Page not found</span>
      </h1>
      <p>
        <Link href="/ko" lang="ko" className="inline-flex min-h-11 items-center underline">
          처음 화면으로 가기
        </Link>
        {" · "}
        <Link href="/en" lang="en" className="inline-flex min-h-11 items-center underline">
          Go to the start page
        </Link>
      </p>
    </div>
  );
}
