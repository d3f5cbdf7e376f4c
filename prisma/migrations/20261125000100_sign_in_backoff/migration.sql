-- Sign-in back-off: consecutive failed sign-ins per account (by email), and when the next attempt
-- is allowed. Reset by a successful sign-in.
CREATE TABLE "sign_in_backoffs" (
    "email" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "retryAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "sign_in_backoffs_pkey" PRIMARY KEY ("email")
);
