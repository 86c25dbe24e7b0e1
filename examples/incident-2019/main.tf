# A reproduction of the December 2019 consumer-camera leak, written as the
# Terraform that would have caused it. Scan it with:  npx leakproof scan examples/
#
# What went wrong, piece by piece:
#  1. The Elasticsearch cluster holding user e-mails, device lists, Wi-Fi names,
#     API and Alexa tokens and health data had a public endpoint and an access
#     policy that let anyone in.
#  2. The account database sat in a public subnet, flagged publicly accessible,
#     behind a security group open to the whole internet.
#  3. Nightly exports were replicated to a bucket in a region in another
#     jurisdiction, and the export bucket itself was world-readable.

provider "aws" {
  region = var.home_region
}

# The replica bucket lives in another jurisdiction.
provider "aws" {
  alias  = "replica"
  region = "cn-north-1"
}

variable "home_region" {
  type    = string
  default = "us-west-2"
}

variable "environment" {
  type    = string
  default = "production"
}

locals {
  name = "camera-${var.environment}"
  tags = {
    Project             = "camera-cloud"
    data-classification = "pii"
  }
}
