// For pages: a record the data layer reports as not found (or not visible) shows the 404 page.
import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

export function notFoundOnMissing(error: unknown): never {
  if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
  throw error;
}
