resource "aws_s3_account_public_access_block" "this" {
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "exports" {
  bucket = "${local.name}-exports"
  tags   = local.tags
}

resource "aws_s3_bucket_public_access_block" "exports" {
  bucket                  = aws_s3_bucket.exports.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "exports_dr" {
  provider = aws.dr
  bucket   = "${local.name}-exports-dr"
}

resource "aws_s3_bucket_public_access_block" "exports_dr" {
  provider                = aws.dr
  bucket                  = aws_s3_bucket.exports_dr.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_iam_role" "replication" {
  name = "${local.name}-replication"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "s3.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

# Disaster-recovery copy, kept inside the same jurisdiction (US → US).
resource "aws_s3_bucket_replication_configuration" "exports" {
  role   = aws_iam_role.replication.arn
  bucket = aws_s3_bucket.exports.id

  rule {
    id     = "dr"
    status = "Enabled"
    destination {
      bucket = aws_s3_bucket.exports_dr.arn
    }
  }
}
